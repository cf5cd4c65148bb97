from micropython import const
