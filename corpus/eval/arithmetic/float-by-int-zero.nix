let z = 0; in 1.5 / z
