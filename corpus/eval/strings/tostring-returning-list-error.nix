"${{ __toString = self: [ ]; }}"
