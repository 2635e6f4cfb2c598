toString 1.0e20
