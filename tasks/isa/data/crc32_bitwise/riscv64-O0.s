	.file	"crc32_bitwise.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	crc32_bitwise
	.type	crc32_bitwise, @function
crc32_bitwise:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	sd	a1,-64(s0)
	li	a5,-1
	sw	a5,-20(s0)
	sd	zero,-32(s0)
	j	.L2
.L5:
	ld	a4,-56(s0)
	ld	a5,-32(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	sext.w	a5,a5
	lw	a4,-20(s0)
	xor	a5,a4,a5
	sw	a5,-20(s0)
	sw	zero,-36(s0)
	j	.L3
.L4:
	lw	a5,-20(s0)
	srliw	a5,a5,1
	sext.w	a4,a5
	lw	a5,-20(s0)
	andi	a5,a5,1
	sext.w	a5,a5
	negw	a5,a5
	sext.w	a5,a5
	mv	a3,a5
	li	a5,-306675712
	addi	a5,a5,800
	and	a5,a3,a5
	sext.w	a5,a5
	xor	a5,a4,a5
	sw	a5,-20(s0)
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L3:
	lw	a5,-36(s0)
	sext.w	a4,a5
	li	a5,7
	ble	a4,a5,.L4
	ld	a5,-32(s0)
	addi	a5,a5,1
	sd	a5,-32(s0)
.L2:
	ld	a4,-32(s0)
	ld	a5,-64(s0)
	bltu	a4,a5,.L5
	lw	a5,-20(s0)
	not	a5,a5
	sext.w	a5,a5
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
