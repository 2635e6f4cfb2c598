if true then throw "expected failure" else 1
