"${{ outPath = ./file.txt; }}"
