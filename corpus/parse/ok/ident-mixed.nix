let aB9'-_ = 1; in aB9'-_
