iff is_ None_ Trueish _False el elsewhere async_ awaits yield_ a as_ Import IF
