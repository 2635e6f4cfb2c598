with (throw "scope"); 1
