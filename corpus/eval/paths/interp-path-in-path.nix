let p = /abs; in ./x/${p}
