let p = ./file.txt; in "${p}"
