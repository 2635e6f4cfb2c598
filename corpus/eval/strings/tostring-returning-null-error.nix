"${{ __toString = self: null; }}"
