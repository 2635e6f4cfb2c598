"not a default"
