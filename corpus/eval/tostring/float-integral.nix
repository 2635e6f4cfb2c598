toString 100.0
