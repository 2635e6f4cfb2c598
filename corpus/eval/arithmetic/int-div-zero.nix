let z = 0; in 1 / z
