let x = throw "left"; in x - (throw "right")
