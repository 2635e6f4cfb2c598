throw "my error"
