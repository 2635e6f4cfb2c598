let q = "\""; in "${q}quoted${q}"
