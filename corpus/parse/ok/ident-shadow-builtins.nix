let true = false; null = 1; map = 2; in [ true null map ]
