let n = 1; in ./dir/${n}
