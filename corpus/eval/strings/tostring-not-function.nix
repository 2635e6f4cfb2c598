"${{ __toString = "x"; }}"
