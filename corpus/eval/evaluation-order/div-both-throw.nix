(throw "left") / (throw "right")
