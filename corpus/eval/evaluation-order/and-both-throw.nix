(throw "left") && (throw "right")
