(throw "left") + (throw "right")
