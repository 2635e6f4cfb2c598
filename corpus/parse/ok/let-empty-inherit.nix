let inherit; in 1
