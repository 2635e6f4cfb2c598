let x = 1.5; in "n=${x}"
