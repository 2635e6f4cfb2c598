(throw "left") - (throw "right")
