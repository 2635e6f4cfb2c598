(throw "left") == (throw "right")
