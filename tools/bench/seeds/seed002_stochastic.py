"""Seed 002 (stochastic loss landscape of w1 * relu(w2 * x)) as a script, headless.

Reconstructed from /work/shared/seeds/002_51401524b02a2353.txt: the ipywidgets slider over samples is
replaced by plot_map for the samples 0, 10, 50 and 99, each saved as SVG instead of plt.show().
Usage: python3 seed002_stochastic.py OUT_DIR
"""
import sys
import warnings

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
from torch.autograd import Variable  # noqa: E402
from torch.nn import Parameter  # noqa: E402
from torch.nn.functional import mse_loss, relu  # noqa: E402
from torch.optim import SGD  # noqa: E402

OUT = sys.argv[1]
warnings.filterwarnings("ignore")  # volatile= and reduce= are deprecated; the seed uses them


def sample_from_ground_truth(n_samples=100):
    x = torch.FloatTensor(n_samples, 1).uniform_(-1, 1)
    epsilon = torch.FloatTensor(n_samples, 1).normal_(0, .1)
    return x, 2 * x + epsilon


x, y = sample_from_ground_truth()


class SimpleMLP(nn.Module):
    def __init__(self, w=None):
        super(SimpleMLP, self).__init__()
        self.w1 = Parameter(torch.FloatTensor((1, )))
        self.w2 = Parameter(torch.FloatTensor((1, )))
        if w is None:
            self.reset_parameters()
        else:
            self.set_parameters(w)

    def reset_parameters(self):
        self.w1.data.uniform_(-.1, .1)
        self.w2.data.uniform_(-.1, .1)

    def set_parameters(self, w):
        self.w1.data[0] = w[0]
        self.w2.data[0] = w[1]

    def forward(self, x):
        return self.w1 * relu(self.w2 * x)


def make_grids(x, y, grid_size=100):
    n_samples = len(x)
    x_max, y_max, x_min, y_min = 3, 3, -3, -3
    w1 = np.linspace(x_min, x_max, grid_size, dtype=np.float32)
    w2 = np.linspace(y_min, y_max, grid_size, dtype=np.float32)
    W1, W2 = np.meshgrid(w1, w2)
    W = torch.from_numpy(np.concatenate((W1[:, :, None], W2[:, :, None]), axis=2))
    grids = torch.FloatTensor(n_samples, grid_size, grid_size)
    x = Variable(x, volatile=True)
    y = Variable(y, volatile=True)
    for i in range(grid_size):
        for j in range(grid_size):
            model = SimpleMLP(W[i, j])
            grids[:, i, j] = mse_loss(model(x), y, reduce=False).data[:, 0]
    return W1, W2, grids


W1, W2, G = make_grids(x, y)
G_mean = torch.mean(G, dim=0)


def train(x, y, init, lr=.1):
    model = SimpleMLP(init)
    optimizer = SGD(model.parameters(), lr=lr)
    iterate_rec = []
    grad_rec = []
    for this_x, this_y in zip(x, y):
        this_x = Variable(this_x[None, :])
        this_y = Variable(this_y[None, :])
        optimizer.zero_grad()
        loss = mse_loss(model(this_x), this_y)
        loss.backward()
        iterate_rec.append([model.w1.data[0], model.w2.data[0]])
        grad_rec.append([model.w1.grad.data[0], model.w2.grad.data[0]])
        optimizer.step()
    return np.array(iterate_rec), np.array(grad_rec)


iterate_rec, grad_rec = train(x, y, lr=.05, init=torch.FloatTensor([1.2, -2.3]))


def plot_map(sample):
    fig, (ax1, ax2) = plt.subplots(ncols=2, figsize=(12, 6))
    ax1.contourf(W1, W2, torch.log(G[sample]))
    ax1.scatter(iterate_rec[sample, 0], iterate_rec[sample, 1], color='orange')
    ax1.arrow(iterate_rec[sample, 0], iterate_rec[sample, 1], -5 * grad_rec[sample, 0], -5 * grad_rec[sample, 1],
              head_width=0.1, head_length=0.2, fc='orange', ec='orange')
    ax2.contourf(W1, W2, torch.log(G_mean))
    ax2.plot(iterate_rec[:sample, 0], iterate_rec[:sample, 1], linestyle='-', marker='o', markersize=8,
             color='orange', linewidth=4)
    fig.savefig(OUT + f"/stochastic-landscape-k{sample}.svg")
    plt.close(fig)


for k in (0, 10, 50, 99):
    plot_map(k)
