throw "a\rb"
