let z = 0.0; in 1.0 / z
