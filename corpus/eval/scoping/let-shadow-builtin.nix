let true = false; in true
