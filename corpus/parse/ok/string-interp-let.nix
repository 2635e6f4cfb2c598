"${let q = "q"; in q}"
