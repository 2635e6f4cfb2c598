(throw "fn") 1
