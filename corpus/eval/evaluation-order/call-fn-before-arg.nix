(throw "function") (throw "argument")
