(throw "left") // (throw "right")
