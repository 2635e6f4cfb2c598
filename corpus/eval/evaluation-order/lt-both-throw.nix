(throw "left") < (throw "right")
