(throw "left") ++ (throw "right")
