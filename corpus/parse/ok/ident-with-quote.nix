let x' = 1; x'' = x'; in x''
