"${{ outPath = null; }}"
