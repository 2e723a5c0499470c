"""Plain gradient descent for the stand-in autograd engine."""
import numpy as np


class GD:
    def __init__(self, params, lr):
        self.params = params
        self.lr = lr

    def zero_grad(self):
        for p in self.params:
            p.grad = np.zeros_like(p.value)

    def step(self):
        for p in self.params:
            p.value = p.value - self.lr * p.grad
