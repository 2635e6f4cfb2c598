let n = 3; in ./x/${n}
