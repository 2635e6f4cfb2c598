throw "ab"
