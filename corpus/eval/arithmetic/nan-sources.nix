let inf = 1.0e308 * 10; in [ (inf * 0) (inf / inf) ((-inf) + inf) ]
