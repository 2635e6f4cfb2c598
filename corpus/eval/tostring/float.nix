toString 1.5
