from django.contrib.auth import views as auth_views
from django.urls import path

from rightsledger.accounts import views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/password/", views.password_change, name="password-change"),
    path("users/", views.users, name="users"),
    path("login/verify/", views.verify, name="two-factor-verify"),
    path("account/two-factor/", views.two_factor, name="two-factor"),
]
