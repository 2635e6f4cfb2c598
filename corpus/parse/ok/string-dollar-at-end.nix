"trailing$"
