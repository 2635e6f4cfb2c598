!!false
