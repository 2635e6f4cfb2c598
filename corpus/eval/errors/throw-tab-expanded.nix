throw "a\tb"
