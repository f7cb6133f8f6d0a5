"""Messages of the state database on PostgreSQL (issue 15): CONGRESS_DATABASE_URL and the
server's refusals. The database is named before the message (``postgresql://user@host:port/db``),
never with a password."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "store.pg_bad_url": {
        "vi": "biến môi trường {env} không phải địa chỉ cơ sở dữ liệu đọc được ({url}); "
        "chưa thay đổi gì. Hãy ghi theo dạng postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu, "
        "hoặc bỏ biến này để dùng tệp .congress/state.db của thư mục làm việc.",
        "en": "the environment variable {env} is not a database URL that can be read ({url}); "
        "nothing was changed. Write it as postgresql://user@host:5432/database, or unset it to "
        "use the workspace's .congress/state.db file.",
    },
    "store.pg_not_postgres": {
        "vi": "biến môi trường {env} chỉ tới hệ «{scheme}» ({url}); chương trình chỉ dùng "
        "PostgreSQL (postgresql://…) hoặc tệp SQLite của thư mục làm việc (bỏ biến này). "
        "Chưa thay đổi gì.",
        "en": "the environment variable {env} names «{scheme}» ({url}); the program uses only "
        "PostgreSQL (postgresql://…) or the workspace's SQLite file (unset the variable). "
        "Nothing was changed.",
    },
    "store.pg_no_database": {
        "vi": "biến môi trường {env} không ghi tên cơ sở dữ liệu ({url}); chưa thay đổi gì. "
        "Thêm tên sau dấu «/» cuối: postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu.",
        "en": "the environment variable {env} names no database ({url}); nothing was changed. "
        "Add its name after the last «/»: postgresql://user@host:5432/database.",
    },
    "store.pg_no_driver": {
        "vi": "máy này chưa cài thư viện kết nối PostgreSQL (psycopg); chưa thay đổi gì. "
        "Hãy cài: pip install 'congress[postgres]' ({reason}).",
        "en": "the PostgreSQL driver (psycopg) is not installed; nothing was changed. "
        "Install it: pip install 'congress[postgres]' ({reason}).",
    },
    "store.pg_unreachable": {
        "vi": "không kết nối được máy chủ PostgreSQL; chưa thay đổi gì. Hãy kiểm tra tên máy "
        "chủ, cổng, mạng và máy chủ đã chạy chưa ({reason}).",
        "en": "cannot reach the PostgreSQL server; nothing was changed. Check the host, the "
        "port, the network and that the server is running ({reason}).",
    },
    "store.pg_auth": {
        "vi": "máy chủ PostgreSQL từ chối người dùng hoặc mật khẩu; chưa thay đổi gì. Hãy kiểm "
        "tra tên người dùng trong địa chỉ và mật khẩu trong ~/.pgpass hoặc biến PGPASSWORD "
        "({reason}).",
        "en": "the PostgreSQL server refused the user or the password; nothing was changed. "
        "Check the user in the URL and the password in ~/.pgpass or PGPASSWORD ({reason}).",
    },
    "store.pg_missing_database": {
        "vi": "máy chủ PostgreSQL không có cơ sở dữ liệu này; chưa thay đổi gì. Hãy nhờ người "
        "quản trị tạo nó (createdb), hoặc sửa tên trong CONGRESS_DATABASE_URL ({reason}).",
        "en": "the PostgreSQL server has no such database; nothing was changed. Ask the "
        "administrator to create it (createdb), or correct the name in CONGRESS_DATABASE_URL "
        "({reason}).",
    },
    "store.pg_columns_missing": {
        "vi": "bảng {table} của cơ sở dữ liệu trên máy chủ thiếu cột {columns} (đã bị sửa ngoài "
        "chương trình); chưa thay đổi gì. Hãy nhờ người quản trị khôi phục cơ sở dữ liệu từ bản "
        "sao lưu.",
        "en": "the server database's table {table} lacks the column(s) {columns} (changed outside "
        "the program); nothing was changed. Ask the administrator to restore the database from "
        "a backup.",
    },
    "store.pg_cannot_connect": {
        "vi": "không mở được cơ sở dữ liệu PostgreSQL; chưa thay đổi gì ({reason}).",
        "en": "cannot open the PostgreSQL database; nothing was changed ({reason}).",
    },
}
