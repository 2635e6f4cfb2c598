with (throw "scope"); x
