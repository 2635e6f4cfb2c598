throw "a" + "b"
