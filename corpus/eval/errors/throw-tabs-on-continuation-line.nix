throw "a\n\t\tb"
